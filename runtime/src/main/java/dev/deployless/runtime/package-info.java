/**
 * What controller code sees at run time: the raw {@link dev.deployless.runtime.Request} (and
 * {@link dev.deployless.runtime.RequestBuilder} to make one in a unit test), the
 * {@link dev.deployless.runtime.Caller} an authorizer and API key check found, a
 * {@link dev.deployless.runtime.Response} for full control over status and headers,
 * {@link dev.deployless.runtime.HttpException} and its subclasses to answer with an error status, and
 * {@link dev.deployless.runtime.Environment} to read a function's environment variables (also under
 * the local server).
 */
package dev.deployless.runtime;
