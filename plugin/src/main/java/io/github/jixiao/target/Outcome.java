package io.github.jixiao.target;

/** Whether an actual meets its target. */
public enum Outcome {
    MET, MISSED, INCOMPARABLE
}
