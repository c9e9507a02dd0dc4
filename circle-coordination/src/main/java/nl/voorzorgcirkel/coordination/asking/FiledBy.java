package nl.voorzorgcirkel.coordination.asking;

import java.util.Objects;
import java.util.Optional;
import nl.voorzorgcirkel.core.model.MemberId;
import org.jspecify.annotations.Nullable;

/**
 * Who filed a help request: the requester, a connector on their behalf (a member without a
 * smartphone phoned the connector), or a family carer (a daughter books the dental appointment and
 * asks the circle for the ride). The requester stays the requester in every case: the one who is
 * helped, told and asked whether the help was given.
 *
 * <p>Recorded by the {@link AskPlan} ({@link AskPlan#filedBy()}) for the history; no text to the
 * group or to members says who filed, and a connector who filed is the first to be asked to pass
 * on the notices to a requester without a smartphone. A family carer is recorded as such, without
 * an identity: who they are is the platform's (personal) data. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class FiledBy {

  /** Who filed. */
  public enum Kind {
    /** The requester themselves. */
    REQUESTER,
    /** A connector of the circle, on the requester's behalf. */
    CONNECTOR,
    /** A family carer (mantelzorger), on the requester's behalf. */
    FAMILY_CARER
  }

  private static final FiledBy REQUESTER = new FiledBy(Kind.REQUESTER, null);
  private static final FiledBy FAMILY_CARER = new FiledBy(Kind.FAMILY_CARER, null);

  private final Kind kind;
  private final @Nullable MemberId connector;

  private FiledBy(Kind kind, @Nullable MemberId connector) {
    this.kind = kind;
    this.connector = connector;
  }

  /**
   * The requester filed the request themselves (the default).
   *
   * @return the requester
   */
  public static FiledBy requester() {
    return REQUESTER;
  }

  /**
   * A connector filed the request on the requester's behalf.
   *
   * @param connector the connector, not null; the plan checks that they are a connector of the
   *     circle and not the requester
   * @return the filer
   */
  public static FiledBy connector(MemberId connector) {
    return new FiledBy(Kind.CONNECTOR, Objects.requireNonNull(connector, "connector"));
  }

  /**
   * A family carer filed the request on the requester's behalf.
   *
   * @return the filer
   */
  public static FiledBy familyCarer() {
    return FAMILY_CARER;
  }

  /**
   * Who filed.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * The connector who filed.
   *
   * @return the connector for {@link Kind#CONNECTOR}, empty otherwise
   */
  public Optional<MemberId> connector() {
    return Optional.ofNullable(connector);
  }

  /**
   * Whether someone else filed for the requester.
   *
   * @return true unless the requester filed themselves
   */
  public boolean isOnBehalf() {
    return kind != Kind.REQUESTER;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FiledBy o && o.kind == kind && Objects.equals(o.connector, connector);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, connector);
  }

  /**
   * The kind and, for a connector, their id.
   *
   * @return for example {@code "FiledBy{CONNECTOR m-0}"}
   */
  @Override
  public String toString() {
    return connector == null ? "FiledBy{" + kind + "}" : "FiledBy{" + kind + " " + connector + "}";
  }
}
