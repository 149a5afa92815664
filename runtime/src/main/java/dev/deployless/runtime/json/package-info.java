/**
 * A small streaming JSON reader and writer. Generated handlers read request bodies and write
 * responses with these classes through code generated at compile time for each body and return
 * type, so no reflection or databinding library is loaded at Lambda cold start.
 */
package dev.deployless.runtime.json;
