/**
 * The classes generated handlers are built on. Application code does not call them: the processor
 * generates a subclass of {@link dev.deployless.runtime.handler.ApiFunction} per HTTP function and of
 * {@link dev.deployless.runtime.handler.EventFunction} per scheduled or standalone function, with the
 * routing table, parameter binding and JSON code computed at compile time.
 */
package dev.deployless.runtime.handler;
