/** What analysts ask: timelines, who moved where, relationships and sources, answered from the graph. */
package org.chronograph.query;
