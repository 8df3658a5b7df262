package vn.covid.briefing.runs;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The record of every command that changed something ({@code command_run}, {@code command_run_job}), and
 * the job executions it made as Spring Batch recorded them (read only): all the SQL of the run record.
 * Each job execution is linked to its run as it starts (this is a listener of every job), because the
 * runs of several profiles in one process start jobs side by side.
 */
@Component
class CommandRuns implements JobExecutionListener {

    enum Outcome {
        RUNNING, FINISHED, ABANDONED
    }

    /** A job execution of a run: {@code subject} is the report date of a briefing, the inbox of an ingest. */
    record Execution(long id, String job, String status, LocalDateTime started, LocalDateTime ended, String exitMessage,
            String subject) {
    }

    /** @param scope the scope it ran for (null: a run from before scopes were recorded) */
    record Run(long id, String command, String scope, String arguments, String host, long pid, LocalDateTime started,
            LocalDateTime ended, Outcome outcome, Integer exitCode, String reason, List<Execution> executions) {
    }

    private static final Pattern SECRET = Pattern.compile("(?i)(password=)[^&;\\s]*");
    private static final String RUNNING_STATUSES = "('STARTING', 'STARTED', 'STOPPING')";

    private final JdbcTemplate jdbc;
    /** The run this application records now: one at a time (a profile's run has its own application). */
    private volatile Long current;

    CommandRuns(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Arguments as they may be shown and stored: a password given on the command line is masked. */
    static String masked(String arguments) {
        return SECRET.matcher(arguments).replaceAll("$1***");
    }

    long start(String command, String scope, String arguments, LocalDateTime now) {
        KeyHolder key = new GeneratedKeyHolder();
        long after = jdbc.queryForObject("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION", Long.class);
        jdbc.update(c -> {
            var s = c.prepareStatement("INSERT INTO command_run (command, scope, arguments, host, pid, started_at, outcome, "
                    + "executions_after) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?)", new String[] { "id" });
            s.setString(1, command);
            s.setString(2, scope);
            s.setString(3, shorten(masked(arguments), 2000));
            s.setString(4, RunLock.hostName());
            s.setLong(5, ProcessHandle.current().pid());
            s.setTimestamp(6, Timestamp.valueOf(now));
            s.setLong(7, after);
            return s;
        }, key);
        current = key.getKey().longValue();
        return current;
    }

    /**
     * A run that died, recorded again from what its lock file said (command, scope, holder, host, pid,
     * start) as RUNNING, so that it is then abandoned like any other, after its database was put back to a
     * copy from before its own record.
     */
    void recordDied(java.util.Properties lockFile) {
        long after = jdbc.queryForObject("SELECT COALESCE(MAX(JOB_EXECUTION_ID), 0) FROM BATCH_JOB_EXECUTION", Long.class);
        String started = lockFile.getProperty("started");
        jdbc.update("INSERT INTO command_run (command, scope, arguments, host, pid, started_at, outcome, executions_after) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?)", lockFile.getProperty("command", "?"), lockFile.getProperty("scope"),
                shorten("(" + lockFile.getProperty("holder", "") + ")", 2000), lockFile.getProperty("host", ""),
                Long.parseLong(lockFile.getProperty("pid", "0")),
                Timestamp.valueOf(started == null ? LocalDateTime.now() : LocalDateTime.parse(started)), after);
    }

    @Override
    public void beforeJob(JobExecution execution) {
        Long run = current;
        if (run != null) {
            jdbc.update("INSERT INTO command_run_job (command_run_id, job_execution_id) VALUES (?, ?)", run,
                    execution.getId());
        }
    }

    void finish(long id, int exitCode, String reason, LocalDateTime now) {
        linkExecutions(id);
        current = null;
        jdbc.update("UPDATE command_run SET outcome = 'FINISHED', ended_at = ?, exit_code = ?, reason = ? WHERE id = ?",
                Timestamp.valueOf(now), exitCode, shorten(reason, 2000), id);
    }

    /**
     * Marks the runs whose process died (any run but the lock holder's still RUNNING) ABANDONED, with the
     * job executions they made.
     */
    List<Long> abandonUnfinished(long current, String reason, LocalDateTime now) {
        List<Long> dead = jdbc.queryForList("SELECT id FROM command_run WHERE outcome = 'RUNNING' AND id <> ? ORDER BY id",
                Long.class, current);
        for (long id : dead) {
            linkExecutions(id);
            jdbc.update("UPDATE command_run SET outcome = 'ABANDONED', ended_at = ?, reason = ? WHERE id = ?",
                    Timestamp.valueOf(now), shorten(reason, 2000), id);
        }
        return dead;
    }

    /**
     * Executions after the run's start and before the next run's, not linked as they started: those of a
     * version that did not link them at the start.
     */
    private void linkExecutions(long id) {
        jdbc.update("INSERT INTO command_run_job (command_run_id, job_execution_id) SELECT r.id, e.JOB_EXECUTION_ID "
                + "FROM command_run r JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID > r.executions_after "
                + "WHERE r.id = ? AND e.JOB_EXECUTION_ID <= COALESCE((SELECT MIN(n.executions_after) FROM command_run n "
                + "WHERE n.id > r.id), e.JOB_EXECUTION_ID) AND NOT EXISTS (SELECT 1 FROM command_run_job j "
                + "WHERE j.job_execution_id = e.JOB_EXECUTION_ID)", id);
    }

    /** Job executions still marked running; only meaningful to the lock holder, for whom they are dead. */
    List<Long> runningExecutions() {
        return jdbc.queryForList("SELECT JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION WHERE STATUS IN " + RUNNING_STATUSES
                + " ORDER BY JOB_EXECUTION_ID", Long.class);
    }

    /** The newest runs, newest first, each with its executions (a running one's so far). */
    List<Run> recent(int count) {
        List<Run> runs = new ArrayList<>();
        Map<Long, List<Execution>> executions = new LinkedHashMap<>();
        jdbc.query("SELECT id, command, scope, arguments, host, pid, started_at, ended_at, outcome, exit_code, reason, "
                + "executions_after FROM command_run ORDER BY id DESC FETCH FIRST " + count + " ROWS ONLY", rs -> {
                    List<Execution> own = new ArrayList<>();
                    executions.put(rs.getLong("id"), own);
                    runs.add(new Run(rs.getLong("id"), rs.getString("command"), rs.getString("scope"), rs.getString("arguments"),
                            rs.getString("host"), rs.getLong("pid"), time(rs.getTimestamp("started_at")),
                            time(rs.getTimestamp("ended_at")), Outcome.valueOf(rs.getString("outcome")),
                            rs.getObject("exit_code", Integer.class), rs.getString("reason"), own));
                });
        if (runs.isEmpty()) {
            return runs;
        }
        // a running run's executions are not linked yet: they are the ones after its start
        jdbc.query("SELECT COALESCE(j.command_run_id, (SELECT MAX(r.id) FROM command_run r WHERE r.outcome = 'RUNNING' "
                + "AND r.executions_after < e.JOB_EXECUTION_ID)) AS run_id, e.JOB_EXECUTION_ID, i.JOB_NAME, e.STATUS, "
                + "e.START_TIME, e.END_TIME, e.EXIT_MESSAGE, (SELECT MIN(p.PARAMETER_VALUE) FROM BATCH_JOB_EXECUTION_PARAMS p "
                + "WHERE p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME IN ('reportDate', 'inbox')) AS subject "
                + "FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID "
                + "LEFT JOIN command_run_job j ON j.job_execution_id = e.JOB_EXECUTION_ID "
                + "WHERE e.JOB_EXECUTION_ID > ? ORDER BY e.JOB_EXECUTION_ID", rs -> {
                    List<Execution> own = executions.get(rs.getLong("run_id"));
                    if (own != null) {
                        own.add(new Execution(rs.getLong(2), rs.getString(3), rs.getString(4), time(rs.getTimestamp(5)),
                                time(rs.getTimestamp(6)), rs.getString(7), rs.getString(8)));
                    }
                }, jdbc.queryForObject("SELECT MIN(executions_after) FROM command_run WHERE id >= ?", Long.class,
                        runs.getLast().id()));
        return runs;
    }

    /** Job executions from before the run record (a database older than it), which no run lists. */
    int executionsWithoutRun() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e WHERE e.JOB_EXECUTION_ID <= "
                + "COALESCE((SELECT MIN(executions_after) FROM command_run), (SELECT MAX(JOB_EXECUTION_ID) FROM "
                + "BATCH_JOB_EXECUTION))", Integer.class);
    }

    private static LocalDateTime time(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
