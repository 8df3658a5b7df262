package vn.covid.briefing.briefing.edition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.covid.briefing.briefing.edition.Editions.Edition;
import vn.covid.briefing.system.AtomicFiles;
import vn.covid.briefing.system.BriefingProperties;
import vn.covid.briefing.system.Checksums;

/**
 * An edition's files in the output folder: {@code <scope>/<year>/<date>_bao-cao-tuan_ban-<n>.pdf} and its
 * provenance file beside it (editions issued before scopes were stored keep {@code <year>/…}, the path they
 * recorded). A PDF is trusted only when its bytes are the ones recorded; a file at an
 * edition's path that the database does not know (a copy someone put there) is never overwritten but
 * moved aside, with a warning. The one exception is what a run that was killed between writing the files
 * and recording the edition left: a PDF whose provenance file beside it names its exact bytes. That
 * edition was never issued (or its record went with an H2 database put back after a kill), and it is
 * made again in its place.
 */
@Component
public class EditionFiles {

    private static final Logger log = LoggerFactory.getLogger(EditionFiles.class);
    private static final tools.jackson.databind.json.JsonMapper JSON = new tools.jackson.databind.json.JsonMapper();

    private final BriefingProperties properties;
    private final Editions editions;

    public EditionFiles(BriefingProperties properties, Editions editions) {
        this.properties = properties;
        this.editions = editions;
    }

    public Path pdfPath(String scope, LocalDate date, int edition) {
        return properties.output().resolve(scope).resolve(Integer.toString(date.getYear()))
            .resolve(date + "_bao-cao-tuan_ban-" + edition + ".pdf").toAbsolutePath();
    }

    /** "2021-09-13_bao-cao-tuan_ban-1.nguon-so-lieu.json": the provenance file's name, as the annex cites it. */
    public String provenanceName(Path pdf) {
        return pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + ".nguon-so-lieu.json";
    }

    /** The PDF is there, not empty, and exactly the bytes the edition recorded. */
    public boolean intact(Edition e) {
        try {
            return Files.isRegularFile(e.pdf()) && Files.size(e.pdf()) > 0 && Checksums.sha256(e.pdf()).equals(e.pdfChecksum());
        }
        catch (IOException | UncheckedIOException ex) {
            return false;
        }
    }

    /** Writes the PDF and its provenance file, each whole or not at all. */
    public void write(Path pdf, byte[] content, String provenance) {
        moveAsideIfUnknown(pdf);
        AtomicFiles.write(pdf.resolveSibling(provenanceName(pdf)), provenance);
        AtomicFiles.write(pdf, content);
    }

    private void moveAsideIfUnknown(Path pdf) {
        if (!Files.exists(pdf) || editions.knows(pdf)) {
            return;
        }
        if (leftByAStoppedRun(pdf)) {
            log.info("{} was left by a run that stopped before recording it; it is made again", pdf.getFileName());
            return;
        }
        try {
            Path aside;
            int n = 1;
            do {
                aside = pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + ".unknown-" + n++ + ".pdf");
            }
            while (Files.exists(aside));
            Files.move(pdf, aside, StandardCopyOption.ATOMIC_MOVE);
            log.warn("{} was not made by this database's briefings; it was moved aside to {} and not overwritten", pdf,
                    aside.getFileName());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot move the unknown file " + pdf + " aside", e);
        }
    }

    /** The provenance file beside the PDF was written first, by this system, and names the PDF's bytes. */
    private boolean leftByAStoppedRun(Path pdf) {
        Path provenance = pdf.resolveSibling(provenanceName(pdf));
        try {
            if (!Files.isRegularFile(provenance) || Files.size(provenance) > 10_000_000) {
                return false;
            }
            String recorded = JSON.readTree(Files.readString(provenance)).path("pdfChecksum").asString("");
            return !recorded.isEmpty() && recorded.equals(Checksums.sha256(pdf));
        }
        catch (IOException | UncheckedIOException | tools.jackson.core.JacksonException e) {
            return false;
        }
    }
}
