/**
 * The rules a valid application satisfies, checked on the model and the project settings: value
 * ranges, schedule expressions, path templates and their bindings, and the rules across features
 * (duplicate routes and logical IDs, sibling path variables, what triggers and function links
 * name). Each rule reports its code from the
 * diagnostic catalogue at the narrowest location the model knows.
 */
package dev.deployless.processor.validation;
