package nl.voorzorgcirkel.core.model;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.voorzorgcirkel.core.internal.Blames;
import nl.voorzorgcirkel.core.internal.ModelValidator;
import org.immutables.value.Value;

/**
 * One kind of help in a {@link CapabilityVocabulary}: its {@link Capability}, whether it is circle
 * help or belongs with professional care ({@link HelpCategory}), its English and Dutch labels, and
 * the other words people use for it ("boodschappen", "shopping", "douchen").
 *
 * <p>Labels and synonyms are 1 to 100 characters with at least one letter or digit; case, accents,
 * spaces and punctuation do not matter when a vocabulary looks a word up. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class VocabularyEntry {

  VocabularyEntry() {}

  /**
   * A new builder.
   *
   * <p>Required: {@code capability}, {@code englishLabel}, {@code dutchLabel}. Optional, with their
   * defaults: {@code category} ({@link HelpCategory#CIRCLE_HELP}); {@code countsOnlyAlone} (true
   * for household help and medical questions, else false); {@code synonyms} and {@code things}
   * (empty lists).
   *
   * <p>{@code build()} throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException}
   * listing every broken rule at once, each by attribute and rule, in English and Dutch and without
   * personal data: a required attribute left out as {@code NotNull} ("must be given"; a text:
   * {@code NotBlank}, "must not be blank"), a label or word over 100 characters ({@code Size}), and
   * a label or word with no letter or digit ({@code VocabularyEntry.englishLabelReadable}, {@code
   * dutchLabelReadable}, {@code synonymsReadable}, {@code thingsReadable}).
   *
   * @return a builder; not thread-safe
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An entry for circle help without synonyms.
   *
   * @param capability the kind of help, not null
   * @param englishLabel the English label, not blank
   * @param dutchLabel the Dutch label, not blank
   * @return the entry
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a label breaks the rules
   */
  public static VocabularyEntry of(Capability capability, String englishLabel, String dutchLabel) {
    return builder().capability(capability).englishLabel(englishLabel).dutchLabel(dutchLabel).build();
  }

  /**
   * A copy with more synonyms after the ones it has.
   *
   * @param words the synonyms, not null, each 1 to 100 characters with a letter or digit
   * @return the changed entry
   * @throws nl.voorzorgcirkel.core.validation.InvalidValueException if a word breaks the rules
   */
  public VocabularyEntry withSynonyms(String... words) {
    return builder().from(this).addSynonyms(words).build();
  }

  /**
   * The kind of help.
   *
   * @return the capability, never null
   */
  @NotNull
  public abstract Capability capability();

  /**
   * Whether this is circle help, or which kind of professional care.
   *
   * @return the category, {@link HelpCategory#CIRCLE_HELP} unless set
   */
  @Value.Default
  @NotNull
  public HelpCategory category() {
    return HelpCategory.CIRCLE_HELP;
  }

  /**
   * Whether this kind of help's words name a kind of help only as the whole of a request's code or
   * of a part of an offer: words of a place or a professional ({@code dokter}, {@code ziekenhuis},
   * {@code pedicure}) and of household help, which next to another kind of help say what that help
   * is about or where it goes ({@code rit-naar-de-pedicure} is a ride). The words of any other kind
   * of help count wherever they stand: {@code moeder-douchen} is personal care.
   *
   * @return true by default for {@link HelpCategory#HOUSEHOLD_HELP} and {@link
   *     HelpCategory#MEDICAL}, false for the other categories unless set
   * @since 0.1.0
   */
  @Value.Default
  public boolean countsOnlyAlone() {
    return category() == HelpCategory.HOUSEHOLD_HELP || category() == HelpCategory.MEDICAL;
  }

  /**
   * The English label, for example "ride by car".
   *
   * @return 1 to 100 characters
   */
  @NotBlank
  @Size(min = 1, max = 100)
  public abstract String englishLabel();

  /**
   * The Dutch label, for example "autorit".
   *
   * @return 1 to 100 characters
   */
  @NotBlank
  @Size(min = 1, max = 100)
  public abstract String dutchLabel();

  /**
   * Other words for this kind of help, in any language, in the order given.
   *
   * @return an unmodifiable list, possibly empty
   */
  public abstract List<@NotBlank @Size(min = 1, max = 100) String> synonyms();

  /**
   * Words of this kind of help that name a thing rather than an act, in any language: a medicine, a
   * bandage, a stocking, a shower (of personal and nursing care), or a dog, a bike, curtains (of help
   * that looks after them). A thing alone names its kind of help ({@code insuline} is giving
   * medication); with an act in the same part of a code or an offer the act decides what is done with
   * it ({@code insuline-ophalen} is an errand, {@code douche-repareren} a small job), and a thing
   * that is not care, washed or lifted, says the care word is done to it, not to a person ({@code
   * hond-wassen} is pet care). They name this kind of help as its synonyms do.
   *
   * @return an unmodifiable list, possibly empty, in the order given
   * @since 0.1.0
   */
  public abstract List<@NotBlank @Size(min = 1, max = 100) String> things();

  /**
   * The label in the reader's language.
   *
   * @param locale Dutch for Dutch, any other locale for English; not null
   * @return the label, never null
   */
  public String label(Locale locale) {
    return "nl".equals(locale.getLanguage()) ? dutchLabel() : englishLabel();
  }

  /**
   * Every word that names this kind of help: the code, the two labels, the synonyms and the {@link
   * #things()}.
   *
   * @return an unmodifiable list, code first
   */
  public List<String> terms() {
    List<String> terms = new ArrayList<>(3 + synonyms().size() + things().size());
    terms.addAll(Arrays.asList(capability().code(), englishLabel(), dutchLabel()));
    terms.addAll(synonyms());
    terms.addAll(things());
    return List.copyOf(terms);
  }

  // one rule, blamed on the label or the synonyms that break it: a path names the field to fix
  @AssertTrue(message = "{vzc.VocabularyEntry.termsReadable}")
  @Blames("englishLabel")
  boolean englishLabelReadable() {
    return englishLabel() == null || !CapabilityVocabulary.normalise(englishLabel()).isEmpty();
  }

  @AssertTrue(message = "{vzc.VocabularyEntry.termsReadable}")
  @Blames("dutchLabel")
  boolean dutchLabelReadable() {
    return dutchLabel() == null || !CapabilityVocabulary.normalise(dutchLabel()).isEmpty();
  }

  @AssertTrue(message = "{vzc.VocabularyEntry.termsReadable}")
  @Blames("synonyms")
  boolean synonymsReadable() {
    return readable(synonyms());
  }

  @AssertTrue(message = "{vzc.VocabularyEntry.termsReadable}")
  @Blames("things")
  boolean thingsReadable() {
    return readable(things());
  }

  private static boolean readable(List<String> words) {
    for (String synonym : words) {
      if (synonym != null && CapabilityVocabulary.normalise(synonym).isEmpty()) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void validate() {
    ModelValidator.check(this);
  }

  /**
   * The builder. Not thread-safe.
   *
   * <p>One method per attribute of {@link VocabularyEntry}, named after it and taking its value, with the
   * rules, units and ranges its accessor states; for a list or set attribute also {@code addX} (one
   * or several values) and {@code addAllX} (an iterable), the {@code x(iterable)} method replacing
   * what was added; for an optional attribute one method taking the value (not null) and one taking
   * an {@code Optional}. {@code from(value)} copies every attribute of a value. A missing or null
   * required attribute is not refused where it is set but by {@code build()}, which checks every
   * rule at once and throws {@link nl.voorzorgcirkel.core.validation.InvalidValueException} listing
   * each broken one by attribute, in English and Dutch, without personal data.
   */
  public static final class Builder extends ImmutableVocabularyEntry.Builder {
    Builder() {}
  }
}
