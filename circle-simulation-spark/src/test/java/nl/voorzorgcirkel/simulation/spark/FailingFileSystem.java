package nl.voorzorgcirkel.simulation.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * The local file system under the scheme {@code failing:}, where creating a data file ({@code
 * part-...}) fails while {@link #FAILURES_LEFT} is above zero: a task that fails for a reason of
 * the cluster's, not of the job's, as a full disk would make it.
 */
public final class FailingFileSystem extends RawLocalFileSystem {

  /** How many more data files fail to be created. */
  static final AtomicInteger FAILURES_LEFT = new AtomicInteger();

  private static final URI ROOT = URI.create("failing:///");

  /** Made by Hadoop for {@code fs.failing.impl}. */
  public FailingFileSystem() {}

  @Override
  public URI getUri() {
    return ROOT;
  }

  @Override
  public String getScheme() {
    return "failing";
  }

  @Override
  protected OutputStream createOutputStreamWithMode(Path file, boolean append, FsPermission permission)
      throws IOException {
    if (file.getName().startsWith("part-") && FAILURES_LEFT.getAndDecrement() > 0) {
      throw new IOException("no space left on the device (a failure the test injects)");
    }
    return super.createOutputStreamWithMode(file, append, permission);
  }
}
