/**
 * The voorzorgcirkel core: the immutable, validated model and the rules of the domain.
 *
 * <p>Jackson is optional ({@code requires static}): only {@code nl.voorzorgcirkel.core.json} needs
 * it. Immutables is needed at compile time only.
 *
 * @since 0.1.0
 */
module nl.voorzorgcirkel.core {
  requires transitive jakarta.validation;
  // Every exported package is @NullMarked; @Nullable marks what may be null.
  requires transitive org.jspecify;
  requires org.hibernate.validator;
  // The CSV parser of the csv package: a plain dependency, not an optional one, so that reading
  // member lists works out of the box; it is one small module without dependencies of its own.
  requires de.siegmar.fastcsv;
  requires static org.immutables.value;
  requires static com.fasterxml.jackson.annotation;
  requires static com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.datatype.jsr310;
  requires static com.fasterxml.jackson.datatype.jdk8;

  exports nl.voorzorgcirkel.core.model;
  exports nl.voorzorgcirkel.core.validation;
  exports nl.voorzorgcirkel.core.scope;
  exports nl.voorzorgcirkel.core.lifecycle;
  exports nl.voorzorgcirkel.core.ledger;
  exports nl.voorzorgcirkel.core.commitment;
  exports nl.voorzorgcirkel.core.assessment;
  exports nl.voorzorgcirkel.core.activity;
  exports nl.voorzorgcirkel.core.contact;
  exports nl.voorzorgcirkel.core.checkin;
  exports nl.voorzorgcirkel.core.care;
  exports nl.voorzorgcirkel.core.json;
  exports nl.voorzorgcirkel.core.csv;
  exports nl.voorzorgcirkel.core.consent;
  exports nl.voorzorgcirkel.core.audit;
  exports nl.voorzorgcirkel.core.erasure;
  exports nl.voorzorgcirkel.core.export;
  exports nl.voorzorgcirkel.core.address;
  exports nl.voorzorgcirkel.core.loneliness;
  exports nl.voorzorgcirkel.core.impact;
  // Not API: the English and Dutch message tables, shared with our other modules.
  exports nl.voorzorgcirkel.core.i18n to nl.voorzorgcirkel.matching, nl.voorzorgcirkel.coordination,
      nl.voorzorgcirkel.simulation,
      nl.voorzorgcirkel.intake;
  // Not API: argument checks that throw the model's bilingual exception.
  exports nl.voorzorgcirkel.core.internal to nl.voorzorgcirkel.matching, nl.voorzorgcirkel.simulation;
  // Not API: how the library's JSON readers read (duplicate keys, problems in words).
  exports nl.voorzorgcirkel.core.json.internal to nl.voorzorgcirkel.matching, nl.voorzorgcirkel.simulation;

  // Hibernate Validator reads the constraints and calls the package-private rule methods.
  opens nl.voorzorgcirkel.core.model to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.ledger to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.commitment to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.address to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.activity to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.checkin to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.care to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.assessment to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.consent to org.hibernate.validator;
  opens nl.voorzorgcirkel.core.audit to org.hibernate.validator;
  // Jackson reads the request events (records) and the mix-ins of the json package.
  opens nl.voorzorgcirkel.core.lifecycle to com.fasterxml.jackson.databind;
  opens nl.voorzorgcirkel.core.json to com.fasterxml.jackson.databind;
  // Jackson writes the access report (a record) for the member's access request.
  opens nl.voorzorgcirkel.core.export to com.fasterxml.jackson.databind;
}
