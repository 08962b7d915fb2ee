package io.webhooks4j.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Where the signing secrets come from, for every command that takes them. {@code --secret} puts the secret
 * on the command line (other users see it in the process list, the shell keeps it in its history), so
 * {@code --secret-env} and {@code --secret-file} read it from the environment or a file instead. Messages
 * name the variable or the file, never a secret.
 */
final class SecretOptions {
    @Option(
            names = "--secret-env",
            paramLabel = "NAME",
            description = "read a signing secret from environment variable NAME (repeatable)")
    List<String> environmentVariables = new ArrayList<>();

    @Option(
            names = "--secret-file",
            paramLabel = "PATH",
            description = "read signing secrets from PATH: one per line, blank lines and lines starting with #"
                    + " ignored (repeatable)")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--secret",
            paramLabel = "VALUE",
            description = "a signing secret as the dashboard shows it (repeatable, for a rotation). Visible to"
                    + " other users in the process list and kept in your shell history: prefer --secret-env or"
                    + " --secret-file")
    List<String> values = new ArrayList<>();

    /**
     * The secrets, in this order: each {@code --secret}, then each {@code --secret-env}, then each
     * {@code --secret-file}'s lines (key ids {@code key-1}, {@code key-2}, ... follow it).
     *
     * @throws Main.UsageException when none is given, a variable is unset or empty, or a file cannot be read
     *     or holds none
     */
    List<String> resolve(Map<String, String> environment) {
        List<String> secrets = new ArrayList<>(values);
        for (String name : environmentVariables) {
            String value = environment.get(name);
            if (value == null) {
                throw new Main.UsageException("Environment variable " + name + " (--secret-env) is not set");
            }
            if (value.isBlank()) {
                throw new Main.UsageException("Environment variable " + name + " (--secret-env) is empty");
            }
            secrets.add(value.strip());
        }
        for (Path file : files) {
            secrets.addAll(read(file));
        }
        if (secrets.isEmpty()) {
            throw new Main.UsageException(
                    "A signing secret is required: --secret-env NAME, --secret-file PATH or --secret VALUE");
        }
        return secrets;
    }

    private static List<String> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Main.UsageException("--secret-file " + file + " does not exist");
        } catch (AccessDeniedException e) {
            throw new Main.UsageException("--secret-file " + file + " cannot be read: permission denied");
        } catch (CharacterCodingException e) {
            throw new Main.UsageException("--secret-file " + file + " is not UTF-8 text");
        } catch (IOException e) {
            // The message of an IOException names the file, not its content; keep only its kind to be sure.
            throw new Main.UsageException(
                    "--secret-file " + file + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        List<String> secrets = new ArrayList<>();
        for (String line : lines) {
            String secret = line.strip();
            if (!secret.isEmpty() && !secret.startsWith("#")) {
                secrets.add(secret);
            }
        }
        if (secrets.isEmpty()) {
            throw new Main.UsageException(
                    "--secret-file " + file + " holds no secret (only blank lines and # comments)");
        }
        return secrets;
    }
}
