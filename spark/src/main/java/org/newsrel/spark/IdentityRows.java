package org.newsrel.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsrel.identity.ClusterIdentity;
import org.newsrel.identity.IdentityCluster;
import org.newsrel.identity.RoleAdoption;

/**
 * The small records of the identity pass as Spark values, and back:
 * <pre>
 * CLUSTER     = struct&lt;localId, type, names: array&lt;string&gt;, counts: array&lt;int&gt;&gt;   ({@link IdentityCluster})
 * IDENTITY    = struct&lt;localId, id, name, retype&gt;                               ({@link ClusterIdentity} of a cluster)
 * ROLE_TARGET = struct&lt;key, id, name&gt;                                           ({@link RoleAdoption.Target})
 * </pre>
 */
final class IdentityRows {

  static final StructType CLUSTER = new StructType()
      .add("localId", DataTypes.StringType, false)
      .add("type", DataTypes.StringType, false)
      .add("names", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  static final StructType IDENTITY = new StructType()
      .add("localId", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, false)
      .add("retype", DataTypes.StringType, true);

  static final StructType ROLE_TARGET = new StructType()
      .add("key", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, false)
      .add("name", DataTypes.StringType, true);

  private IdentityRows() {}

  static Row cluster(IdentityCluster c) {
    return RowFactory.create(c.localId(), c.type(), DocumentRows.seq(c.names()), DocumentRows.seq(c.counts()));
  }

  static IdentityCluster cluster(Row r) {
    return new IdentityCluster(r.getString(0), r.getString(1).intern(), r.getList(2), r.getList(3));
  }

  static List<IdentityCluster> clusters(List<Row> rows) {
    List<IdentityCluster> out = new ArrayList<>(rows.size());
    rows.forEach(r -> out.add(cluster(r)));
    return out;
  }

  static Row identity(String localId, ClusterIdentity c) {
    return RowFactory.create(localId, c.id(), c.name(), c.retype());
  }

  static ClusterIdentity identity(Row r) {
    return new ClusterIdentity(r.getString(1), r.getString(2), r.getString(3));
  }

  static List<Row> roleTargets(Map<String, RoleAdoption.Target> targets) {
    List<Row> out = new ArrayList<>(targets.size());
    targets.forEach((k, t) -> out.add(RowFactory.create(k, t.canonicalId(), t.canonicalName())));
    return out;
  }

  static RoleAdoption.Target roleTarget(Row r) {
    return new RoleAdoption.Target(r.getString(1), r.getString(2));
  }
}
