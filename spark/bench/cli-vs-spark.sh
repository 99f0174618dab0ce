#!/usr/bin/env bash
# The CLI's `annotate --threads 2` and the Spark job in local[2] on the same texts, one after
# the other (ORDER=cli-first, the default, or spark-first), each in a JVM of its own under
# /usr/bin/time -v, then the two output folders compared file for file.
# usage: spark/bench/cli-vs-spark.sh WORKDIR TEXTDIR...   (the TEXTDIRs' *.txt are copied into WORKDIR/in)
# Environment: ORDER (cli-first | spark-first), HEAP (default -Xmx2g, both JVMs), SPARK_ARGS (more job
# options, e.g. "--link distributed"). The load average is printed before each run.
# Needs a built tree: mvn -B -pl spark -am package -DskipTests (eval/target and spark/target).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mkdir -p "$1" && cd "$1" && pwd)"; shift
heap="${HEAP:--Xmx2g}"
rm -rf "$work/in" "$work/cli" "$work/spark" "$work/spark-local"
mkdir -p "$work/in"
for d in "$@"; do cp "$d"/*.txt "$work/in/"; done
echo "texts: $(ls "$work/in" | wc -l) in $work/in; heap $heap; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
spark_opts="$(sed -n 's:.*<spark.java.options>\(.*\)</spark.java.options>.*:\1:p' "$here/spark/pom.xml")"

run_cli() {
  echo "== load before the CLI: $(uptime)"
  /usr/bin/time -v java $heap -XX:+UseParallelGC \
    -cp "$here/eval/target/newsrel-eval-0.1.0-SNAPSHOT.jar:$(cat "$here/eval/target/classpath.txt")" \
    org.newsrel.cli.Main annotate --in "$work/in" --out "$work/cli" --threads 2 --progress log \
    > "$work/cli.out" 2> "$work/cli.err"
  echo "== CLI annotate --threads 2"
  cat "$work/cli.out"
  grep -E 'identity linked|^\s+(Elapsed \(wall|Maximum resident)' "$work/cli.err"
}

run_spark() {
  echo "== load before the Spark job: $(uptime)"
  # shellcheck disable=SC2086  # SPARK_ARGS is a list of options
  SPARK_LOCAL_IP=127.0.0.1 /usr/bin/time -v java $spark_opts $heap -XX:+UseParallelGC \
    -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.driver.bindAddress=127.0.0.1 \
    -Dspark.local.dir="$work/spark-local" -Djava.io.tmpdir="$work" \
    -cp "$here/spark/target/classes:$(cat "$here/spark/target/classpath.txt")" \
    org.newsrel.spark.SparkJob --in "$work/in" --out "$work/spark/parquet" --brat "$work/spark/brat" ${SPARK_ARGS:-} \
    > "$work/spark.out" 2> "$work/spark.err"
  echo "== Spark job, local[2]"
  cat "$work/spark.out"
  grep -E '^\s+(Elapsed \(wall|Maximum resident)' "$work/spark.err"
}

if [ "${ORDER:-cli-first}" = spark-first ]; then run_spark; run_cli; else run_cli; run_spark; fi
echo "== load after: $(uptime)"
echo "== comparison"
if diff -r -q -x .newsrel-records "$work/cli" "$work/spark/brat"; then
  echo "identical: $(ls "$work/cli" | wc -l) files"
else
  echo "OUTPUT DIFFERS"
  exit 1
fi
