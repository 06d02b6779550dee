/** Neo4j: the embedded server or an external one, reached over Bolt by the driver; schema and idempotent loading. */
package org.chronograph.graph;
