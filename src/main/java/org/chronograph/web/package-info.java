/** The HTTP JSON API and the web page: a thin adapter over the query stage. */
package org.chronograph.web;
