/**
 * <b>Not part of the API.</b> The English and Dutch message tables that the library's own modules
 * format their texts from; exported only to those modules, so code outside the library cannot use
 * it, and it may change in any release without notice. Texts reach users through the API's own
 * methods, such as {@code message(Locale)}.
 */
package nl.voorzorgcirkel.core.i18n;
