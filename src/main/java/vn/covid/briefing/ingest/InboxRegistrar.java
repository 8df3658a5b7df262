package vn.covid.briefing.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.covid.briefing.system.Checksums;
import vn.covid.briefing.system.Printable;

/**
 * Finds the inbox files not seen before, by the SHA-256 of their bytes (a renamed copy is the same
 * file; an edited file with the same name is a new one), and registers them PENDING in arrival order.
 * Files are only read: never moved, changed or deleted. A file over the size limit is rejected unread.
 * What cannot be read now, what is never read and copies of registered files are recorded as inbox
 * problems; none of them stops the registration of the others.
 */
final class InboxRegistrar {

    /** What registration found: every file looked at, how many were new, and how many not registered. */
    record Registration(int seen, int registered, int alreadyKnown, int tooLarge, int problems) {
    }

    private static final Logger log = LoggerFactory.getLogger(InboxRegistrar.class);
    private static final int BATCH = 1000;
    private static final int LOGGED_PROBLEMS = 50;
    /** The checksum of a file over the size limit stands for its name, size and time: it is never read. */
    private static final String UNREAD = "unread:";

    private final SourceFiles sourceFiles;
    private final InboxProblems problems;
    private final long maxBytes;

    InboxRegistrar(SourceFiles sourceFiles, InboxProblems problems, long maxBytes) {
        this.sourceFiles = sourceFiles;
        this.problems = problems;
        this.maxBytes = maxBytes;
    }

    /**
     * @param inbox the inbox as a real path
     * @param skipped folders of the inbox that hold no reports (reference data, the office's notes)
     * @param now stamps every problem this listing found
     */
    Registration register(Path inbox, List<Path> skipped, long jobInstanceId, Timestamp now) {
        InboxWalk.Listing listing = InboxWalk.list(inbox, skipped);
        List<InboxWalk.Candidate> files = listing.files();
        List<InboxProblems.Found> found = new ArrayList<>(listing.problems());
        int registered = 0;
        int alreadyKnown = 0;
        int tooLarge = 0;
        // in batches, so that memory holds one batch of checksums, not the whole inbox's
        for (int from = 0; from < files.size(); from += BATCH) {
            List<InboxWalk.Candidate> batch = files.subList(from, Math.min(files.size(), from + BATCH));
            // reading and hashing thousands of small files is most of registration: on all cores, order kept
            List<Object> checksums = batch.parallelStream().map(f -> checksum(inbox, f)).toList();
            Map<String, InboxWalk.Candidate> byChecksum = new LinkedHashMap<>();
            Map<InboxWalk.Candidate, String> copies = new LinkedHashMap<>();
            int readable = 0;
            for (int i = 0; i < batch.size(); i++) {
                InboxWalk.Candidate f = batch.get(i);
                if (checksums.get(i) instanceof InboxFile.NotRead notRead) {
                    found.add(new InboxProblems.Found(f.name(), notRead.problem(), notRead.getMessage()));
                    continue;
                }
                readable++;
                if (byChecksum.putIfAbsent((String) checksums.get(i), f) != null) {
                    copies.put(f, (String) checksums.get(i));
                }
            }
            registered(byChecksum.keySet()).forEach((checksum, k) -> {
                InboxWalk.Candidate f = byChecksum.remove(checksum);
                if (!f.name().equals(k.name())) {
                    copies.put(f, checksum); // the same file seen again is nothing to say; a copy under another name is
                }
            });
            List<SourceFiles.NewFile> rows = new ArrayList<>();
            byChecksum.forEach((checksum, f) -> rows.add(new SourceFiles.NewFile(checksum, f.name(), f.size(),
                    Timestamp.from(f.modified()), checksum.startsWith(UNREAD) ? tooLargeMessage(f.size()) : null)));
            sourceFiles.register(rows, now, jobInstanceId);
            int large = (int) rows.stream().filter(r -> r.rejectedBecause() != null).count();
            tooLarge += large;
            registered += rows.size() - large;
            alreadyKnown += readable - rows.size();
            found.addAll(sameContent(copies));
        }
        problems.record(found, now, jobInstanceId);
        logged(found);
        return new Registration(files.size(), registered, alreadyKnown, tooLarge, found.size());
    }

    /** Of these checksums, the files registered before: as another profile of this run found them, or from the database. */
    private Map<String, SourceFiles.Known> registered(java.util.Set<String> checksums) {
        Map<String, SourceFiles.Known> known = SharedRegistration.registered(checksums);
        Map<String, SourceFiles.Known> stored = sourceFiles.known(checksums.stream().filter(c -> !known.containsKey(c))
            .toList());
        // kept for the next profiles once this registration commits: a row this transaction wrote may yet be undone
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    SharedRegistration.rememberRegistered(stored);
                }
            });
        }
        known.putAll(stored);
        return known;
    }

    /** The file's SHA-256, or for a file over the limit a stand-in that is never read; or why it cannot be read. */
    private Object checksum(Path inbox, InboxWalk.Candidate f) {
        if (f.size() > maxBytes) {
            return UNREAD + Checksums.sha256(f.name() + "|" + f.size() + "|" + f.modified());
        }
        String known = SharedRegistration.checksum(inbox, f);
        if (known != null) {
            return known;
        }
        try (InboxFile.Bytes bytes = InboxFile.open(inbox, f.path(), maxBytes)) {
            String checksum = bytes.checksumOfAll();
            SharedRegistration.rememberChecksum(inbox, f, checksum);
            return checksum;
        }
        catch (InboxFile.OverLimit e) {
            return new InboxFile.NotRead(FileProblem.FILE_CHANGED, "it grew past the size limit while it was read");
        }
        catch (IOException e) {
            return InboxFile.notRead(e);
        }
    }

    /** Copies of a registered file: named, with the file whose bytes they have (its outcome is shown with them). */
    private List<InboxProblems.Found> sameContent(Map<InboxWalk.Candidate, String> copies) {
        if (copies.isEmpty()) {
            return List.of();
        }
        Map<String, SourceFiles.Known> originals = sourceFiles.known(copies.values());
        List<InboxProblems.Found> found = new ArrayList<>();
        copies.forEach((f, checksum) -> {
            SourceFiles.Known original = originals.get(checksum);
            found.add(new InboxProblems.Found(f.name(), FileProblem.SAME_CONTENT,
                    "the same bytes as " + original.name() + ", so it is that file and is not loaded again",
                    original.id()));
        });
        return found;
    }

    private String tooLargeMessage(long size) {
        return "the file is %d bytes, over the limit of %d bytes (briefing.ingest.max-file-size); it was not read"
            .formatted(size, maxBytes);
    }

    private static void logged(List<InboxProblems.Found> found) {
        found.stream().limit(LOGGED_PROBLEMS).forEach(p -> log.info("Inbox: {} {} ({}): {}", Printable.of(p.path()),
                p.problem().kind().name().toLowerCase(java.util.Locale.ROOT), p.problem(), Printable.of(p.message())));
        if (found.size() > LOGGED_PROBLEMS) {
            log.info("Inbox: {} more files wait or are skipped (listed in the run summary)", found.size() - LOGGED_PROBLEMS);
        }
    }
}
