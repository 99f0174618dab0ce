/**
 * The {@code ./newsrel} command line: {@code Main} and {@code Commands} declare every command
 * and option once and hand each command to the class that runs it: corpus annotation to the
 * {@code run} package, training to {@code train}, scoring to {@code Evaluate}, and here
 * {@code MainJob}, {@code RunBench}, {@code RunBaseline}, {@code Serve}, {@code Validate}.
 * Usage errors are {@code run.UsageException}s; {@code System.exit} is called only in
 * {@code Main}.
 */
package org.newsrel.cli;
