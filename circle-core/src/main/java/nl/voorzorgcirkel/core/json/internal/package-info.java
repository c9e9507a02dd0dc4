/**
 * <b>Not part of the API.</b> How this library's JSON readers read: duplicate keys refused, and a
 * text that cannot be read described in English and Dutch without Jackson's words. Exported only
 * to the library's own modules; it may change in any release without notice.
 */
package nl.voorzorgcirkel.core.json.internal;
