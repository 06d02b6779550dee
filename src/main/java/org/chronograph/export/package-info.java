/** File formats other tools read: timelines as TimelineJS JSON, the graph as GraphML; shared by the CLI and the web API. */
package org.chronograph.export;
