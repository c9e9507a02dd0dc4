/**
 * <b>Not part of the API.</b> What the library's own modules share: argument checks, validation of
 * the model types, the styles of their generated code, the spread of helpers' loads, the spelling
 * distance behind "did you mean" and the yes/no words of the CSV readers. Exported only to those modules, so code outside the library
 * cannot use it; it may change in any release without notice.
 */
package nl.voorzorgcirkel.core.internal;
