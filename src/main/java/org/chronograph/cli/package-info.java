/** The command line: thin picocli commands that translate options into calls on the stages. */
package org.chronograph.cli;
