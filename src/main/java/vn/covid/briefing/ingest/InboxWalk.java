package vn.covid.briefing.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Lists the inbox: every regular file below it but the skipped folders (reference data, notes), hidden files and READMEs, oldest
 * first, and every entry that is not read, with the reason. Links are never followed (a link to a file or
 * a folder, and so a loop, is listed as skipped), pipes and devices are never opened, and a folder that
 * cannot be read does not stop the listing. Only attributes are read here, never content.
 */
final class InboxWalk {

    /** The longest path (relative to the inbox) source_file.file_name holds; Linux's PATH_MAX is 4096 bytes. */
    static final int MAX_PATH = 4096;

    /** A regular file to register; {@code path} is relative to the inbox. */
    record Candidate(Path path, String name, long size, Instant modified, Object fileKey) {
    }

    record Listing(List<Candidate> files, List<InboxProblems.Found> problems) {
    }

    private InboxWalk() {
    }

    /** @param inbox the inbox as a real path ({@link Path#toRealPath}) */
    static Listing list(Path inbox, List<Path> skipped) {
        List<Candidate> files = new ArrayList<>();
        List<InboxProblems.Found> problems = new ArrayList<>();
        try {
            Files.walkFileTree(inbox, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(inbox)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (skipped.contains(dir) || hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return nameProblem(dir).map(p -> {
                        problems.add(p);
                        return FileVisitResult.SKIP_SUBTREE;
                    }).orElse(FileVisitResult.CONTINUE);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (skipped.contains(file) || hidden(file) || name.toUpperCase(Locale.ROOT).startsWith("README")) {
                        return FileVisitResult.CONTINUE;
                    }
                    String relative = relative(file);
                    if (attrs.isSymbolicLink()) {
                        problems.add(new InboxProblems.Found(relative, FileProblem.SYMBOLIC_LINK,
                                FileProblem.SYMBOLIC_LINK.meaning()));
                    }
                    else if (!attrs.isRegularFile()) {
                        problems.add(new InboxProblems.Found(relative, FileProblem.NOT_A_REGULAR_FILE,
                                FileProblem.NOT_A_REGULAR_FILE.meaning()));
                    }
                    else {
                        nameProblem(file).ifPresentOrElse(problems::add, () -> files.add(
                                new Candidate(file, relative, attrs.size(), attrs.lastModifiedTime().toInstant(), attrs.fileKey())));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    InboxFile.NotRead notRead = InboxFile.notRead(e);
                    boolean folder = notRead.problem() == FileProblem.FILE_UNREADABLE
                            && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS);
                    problems.add(folder
                            ? new InboxProblems.Found(relative(file), FileProblem.FOLDER_UNREADABLE,
                                    FileProblem.FOLDER_UNREADABLE.meaning() + detail(notRead))
                            : new InboxProblems.Found(relative(file), notRead.problem(), notRead.getMessage()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) { // the folder could be opened, but not listed to the end
                        problems.add(new InboxProblems.Found(relative(dir), FileProblem.FOLDER_UNREADABLE,
                                FileProblem.FOLDER_UNREADABLE.meaning() + detail(InboxFile.notRead(e))));
                    }
                    return FileVisitResult.CONTINUE;
                }

                private String relative(Path p) {
                    String relative = inbox.relativize(p).toString();
                    return relative.isEmpty() ? "." : relative; // the inbox itself could not be read
                }

                private boolean hidden(Path p) {
                    return p.getFileName().toString().startsWith(".");
                }

                /** A name that cannot be stored and opened again as text, or a path too long to store. */
                private Optional<InboxProblems.Found> nameProblem(Path p) {
                    Path relative = inbox.relativize(p);
                    String text = relative.toString();
                    if (!roundTrips(relative, text)) {
                        return Optional.of(new InboxProblems.Found(text, FileProblem.FILE_NAME_NOT_DECODABLE,
                                FileProblem.FILE_NAME_NOT_DECODABLE.meaning() + " (sun.jnu.encoding "
                                        + System.getProperty("sun.jnu.encoding") + "): rename it, or run with a "
                                        + "UTF-8 locale (LANG=C.UTF-8) if the name is UTF-8"));
                    }
                    if (text.length() > MAX_PATH) {
                        return Optional.of(new InboxProblems.Found(text, FileProblem.PATH_TOO_LONG,
                                FileProblem.PATH_TOO_LONG.meaning() + " (" + text.length() + " characters, over "
                                        + MAX_PATH + "): shorten the folder or file names"));
                    }
                    return Optional.empty();
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list the inbox " + inbox, e);
        }
        files.sort(Comparator.comparing(Candidate::modified).thenComparing(Candidate::name));
        return new Listing(files, problems);
    }

    /** Whether the name as text leads back to the same file (it does not when its bytes do not decode). */
    private static boolean roundTrips(Path path, String text) {
        try {
            return path.equals(path.getFileSystem().getPath(text));
        }
        catch (InvalidPathException e) {
            return false;
        }
    }

    private static String detail(InboxFile.NotRead notRead) {
        String message = notRead.getMessage();
        int open = message.indexOf(" (");
        return open < 0 ? "" : message.substring(open);
    }
}
