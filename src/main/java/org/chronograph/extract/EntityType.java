package org.chronograph.extract;

/** The kinds of named entity Chronograph extracts; names match the evaluation contract and the graph labels. */
public enum EntityType {
    Person, Company, Organization, Model, Product;

    /** True for the kinds that people can belong to (companies and other organizations). */
    public boolean isOrganization() {
        return this == Company || this == Organization;
    }
}
