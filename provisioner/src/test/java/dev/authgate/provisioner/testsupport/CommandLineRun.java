package dev.authgate.provisioner.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import dev.authgate.provisioner.Provisioner;

/** One run of the provisioner's command line: its exit code and what it printed on each stream. */
public record CommandLineRun(int exitCode, String out, String err) {

    public static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Provisioner.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }

    public List<String> errLines() {
        return err.lines().toList();
    }
}
