package nl.voorzorgcirkel.simulation.spark;

import java.util.ArrayList;
import java.util.List;
import nl.voorzorgcirkel.simulation.CircleRunResult;
import nl.voorzorgcirkel.simulation.Output;
import nl.voorzorgcirkel.simulation.scenario.DesignPoint;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The per-circle-run rows: their schema and how a circle run becomes a row. Numbers from 1, as in
 * the CSV files; a figure that does not exist for the circle is null. Stateless.
 */
final class CircleRunRows {

  /** The partition column: one folder per design point, {@code point=1} and on. */
  static final String POINT = "point";

  /** The rows' schema: point, replication, circle, settings, then every {@link Output}. */
  static final StructType SCHEMA = schema();

  private CircleRunRows() {}

  private static StructType schema() {
    List<StructField> fields = new ArrayList<>(List.of(
        DataTypes.createStructField(POINT, DataTypes.IntegerType, false),
        DataTypes.createStructField("replication", DataTypes.IntegerType, false),
        DataTypes.createStructField("circle", DataTypes.IntegerType, false),
        DataTypes.createStructField("settings", DataTypes.StringType, false)));
    for (Output o : Output.values()) {
      fields.add(DataTypes.createStructField(o.column(), o.isCount() ? DataTypes.LongType : DataTypes.DoubleType,
          !o.isCount()));
    }
    return DataTypes.createStructType(fields);
  }

  /** A circle run's row; {@code point} is the design point it ran at. */
  static Row row(CircleRunResult circle, DesignPoint point) {
    Object[] values = new Object[4 + Output.values().length];
    values[0] = circle.point() + 1;
    values[1] = circle.replication() + 1;
    values[2] = circle.circle() + 1;
    values[3] = point.label();
    int i = 4;
    for (Output o : Output.values()) {
      double v = circle.value(o);
      values[i++] = o.isCount() ? (Object) (long) v : Double.isNaN(v) ? null : (Object) v;
    }
    return RowFactory.create(values);
  }
}
