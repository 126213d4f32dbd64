package dev.authgate.provisioner.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Asks a person at a terminal to type the stack's name back before its users are deleted. Without a terminal (a
 * script, CI) there is nobody to ask: the flag that asked for the deletion is the confirmation.
 */
final class StackNameConfirmation {

    private StackNameConfirmation() {
    }

    /** The terminal's console, when standard input and output are one. */
    static Optional<Console> terminal() {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        // From Java 22 System.console() answers even when redirected; Console.isTerminal() then says whether it is one.
        try {
            return Boolean.TRUE.equals(Console.class.getMethod("isTerminal").invoke(console)) ? Optional.of(console) : Optional.empty();
        } catch (NoSuchMethodException e) {
            return Optional.of(console);
        } catch (ReflectiveOperationException e) {
            return Optional.empty();
        }
    }

    /** True when the line typed is the stack's name. */
    static boolean confirmed(String stackName, BufferedReader typed, PrintWriter prompt) {
        prompt.print("This deletes the user pool of stack " + stackName + " and every user in it, for good. Type the stack name to go on: ");
        prompt.flush();
        try {
            String line = typed.readLine();
            return line != null && line.strip().equals(stackName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
