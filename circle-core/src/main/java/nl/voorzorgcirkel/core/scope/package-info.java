/**
 * What is in and out of a circle's scope. Circles help with rides, groceries, meals, small jobs,
 * visits; they do not give personal or nursing care ("we don't shower each other; we don't replace
 * district nursing"). A {@link nl.voorzorgcirkel.core.scope.ScopePolicy} decides for a request,
 * and refers what is out of scope to the right place with a reason.
 *
 * @since 0.1.0
 */
@NullMarked
package nl.voorzorgcirkel.core.scope;

import org.jspecify.annotations.NullMarked;
