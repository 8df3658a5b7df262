import java.sql.*;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.TimeUnit;

/** Kill -9 a writer of an H2 file database at random moments; after each, open, close, open, and check the
 *  composite primary key's index agrees with the table's rows (what our ingest hit: error 90143). */
public class Repro {
    public static void main(String[] a) throws Exception {
        if (a[0].equals("write")) { write(a[1]); return; }
        String cp = System.getProperty("java.class.path");
        int cycles = Integer.parseInt(a[1]);
        Path dir = Files.createTempDirectory("h2crash");
        String url = "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE";
        Random r = new Random(Long.parseLong(a[2]));
        int bad = 0;
        for (int i = 0; i < cycles; i++) {
            if (!Files.exists(dir.resolve("db.mv.db"))) try (Connection c = DriverManager.getConnection(url, "sa", "")) { schema(c.createStatement()); }
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().get(), "-cp", cp, "Repro", "write", url)
                .redirectErrorStream(true).redirectOutput(dir.resolve("w.log").toFile()).start();
            Thread.sleep(400 + r.nextInt(2500));
            p.destroyForcibly(); p.waitFor(30, TimeUnit.SECONDS);
            String problem = null;
            try {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) { c.createStatement().execute("SELECT COUNT(*) FROM fact"); }
                problem = check(url);
            } catch (SQLException e) { problem = e.getErrorCode() + " " + e.getMessage(); }
            if (problem != null) { bad++; System.out.println("cycle " + i + ": " + problem);
                Path keep = Files.createTempDirectory("h2bad"); Files.copy(dir.resolve("db.mv.db"), keep.resolve("db.mv.db"));
                Files.delete(dir.resolve("db.mv.db")); }
        }
        System.out.println(org.h2.engine.Constants.FULL_VERSION + ": " + bad + " damaged of " + cycles);
    }

    static String check(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.setAutoCommit(false);
            Statement s = c.createStatement();
            String idx = null;
            try (ResultSet rs = s.executeQuery("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME='FACT' AND INDEX_TYPE_NAME='PRIMARY KEY'")) { rs.next(); idx = rs.getString(1); }
            long scan = one(s, "SELECT COUNT(*) FROM fact USE INDEX ()");
            long viaIdx = one(s, "SELECT COUNT(*) FROM fact USE INDEX (" + idx + ") WHERE district > ''");
            long hist = one(s, "SELECT COUNT(*) FROM hist");
            if (Math.random() < 0.1) System.out.println("rows " + scan + " hist " + hist);
            if (scan != viaIdx) return "rows " + scan + " but index " + viaIdx;
            long sum = one(s, "SELECT SUM(a) FROM fact USE INDEX (" + idx + ") WHERE district > ''"); // index to rows
            long files = one(s, "SELECT COUNT(*) FROM file WHERE status='LOADED'");
            long fileRows = one(s, "SELECT COALESCE(SUM(rows_n),0) FROM file WHERE status='LOADED'");
            return null;
        }
    }
    static long one(Statement s, String q) throws SQLException { try (ResultSet rs = s.executeQuery(q)) { rs.next(); return rs.getLong(1); } }

    static void schema(Statement s) throws SQLException {
        s.execute("CREATE TABLE IF NOT EXISTS fact (unit VARCHAR(10) NOT NULL, rdate DATE NOT NULL, district VARCHAR(10) NOT NULL, file_id BIGINT, a BIGINT, b BIGINT, cc BIGINT, d BIGINT, e BIGINT, PRIMARY KEY (district, rdate, unit))");
        s.execute("CREATE TABLE IF NOT EXISTS hist (unit VARCHAR(10), rdate DATE, district VARCHAR(10), file_id BIGINT, a BIGINT)");
        s.execute("CREATE TABLE IF NOT EXISTS file (id BIGINT AUTO_INCREMENT PRIMARY KEY, name VARCHAR(100), status VARCHAR(20), rows_n INT)");
    }

    static void write(String url) throws Exception {
        Connection c = DriverManager.getConnection(url, "sa", "");
        org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
        c.setAutoCommit(false);
        Random r = new Random();
        PreparedStatement reg = c.prepareStatement("INSERT INTO file (name, status, rows_n) VALUES (?, 'NEW', 0)", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement ins = c.prepareStatement("INSERT INTO fact VALUES (?,?,?,?,?,?,?,?,?)");
        PreparedStatement keep = c.prepareStatement("INSERT INTO hist SELECT unit, rdate, district, file_id, a FROM fact WHERE district = ? AND rdate = ?");
        PreparedStatement del = c.prepareStatement("DELETE FROM fact WHERE district = ? AND rdate = ?");
        PreparedStatement mark = c.prepareStatement("UPDATE file SET status='LOADED', rows_n=? WHERE id=?");
        while (true) {
            // a chunk: several district-day files, each replacing what was there
            for (int f = 0; f < 10; f++) {
                String district = "D" + r.nextInt(12);
                java.sql.Date day = java.sql.Date.valueOf(java.time.LocalDate.of(2021, 7, 1).plusDays(r.nextInt(200)));
                reg.setString(1, district + day); reg.executeUpdate();
                long id; try (ResultSet k = reg.getGeneratedKeys()) { k.next(); id = k.getLong(1); }
                keep.setString(1, district); keep.setDate(2, day); keep.executeUpdate();
                del.setString(1, district); del.setDate(2, day); del.executeUpdate();
                int n = 5 + r.nextInt(20);
                for (int u = 0; u < n; u++) {
                    ins.setString(1, district + "U" + u); ins.setDate(2, day); ins.setString(3, district); ins.setLong(4, id);
                    for (int m = 5; m <= 9; m++) ins.setLong(m, r.nextInt(1000));
                    ins.addBatch();
                }
                ins.executeBatch();
                mark.setInt(1, n); mark.setLong(2, id); mark.executeUpdate();
            }
            c.commit();
        }
    }
}
