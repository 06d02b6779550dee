/** Facts out: a pure function from one article to its entities, dated events and moves (CoreNLP plus a domain layer). */
package org.chronograph.extract;
