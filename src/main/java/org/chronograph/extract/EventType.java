package org.chronograph.extract;

/** Event kinds, as in the evaluation contract ({@code shared/eval/FORMAT.md}). */
public enum EventType {
    RELEASE, DELAY, FOUNDING, JOIN, DEPARTURE, APPOINTMENT, ACQUISITION, FUNDING, PARTNERSHIP, LEGAL, RESTRUCTURING
}
