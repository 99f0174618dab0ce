/**
 * The {@code ./newsrel} command line: {@code Main} and {@code Commands} declare every command
 * and option once; each command is a class ({@code Annotate}, {@code Evaluate}, {@code MainJob},
 * {@code RunBench}, {@code Serve}, {@code Validate}, the {@code Train*} commands). Usage errors
 * are {@code UsageException}s; {@code System.exit} is called only in {@code Main}.
 */
package org.newsrel.cli;
