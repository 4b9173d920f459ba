-- Two transactions writing applications of one candidate each chose the newest application from
-- their own snapshot, so neither saw the other's and both rows could stay marked is_latest (the
-- candidate then showed twice in an Admin's grid). The candidates are locked first, in id order,
-- so the second waits and its UPDATE, a statement of its own, sees the first one's row. Applying
-- already locks the candidate's row (its fields are saved first), so an application waits for
-- nothing new; deleting a job locks its applicants in the same order before it (src/jobs/delete-job.ts).
CREATE OR REPLACE FUNCTION mark_latest_resumes_of(candidate_ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM candidates WHERE id = ANY(candidate_ids) ORDER BY id FOR UPDATE;
  UPDATE resumes r SET is_latest = (r.id IS NOT DISTINCT FROM l.id)
  FROM (SELECT c.id AS candidate_id,
          (SELECT lr.id FROM resumes lr JOIN jobs j ON j.id = lr.job_id AND NOT j.is_deleted
           WHERE lr.candidate_id = c.id ORDER BY lr.created_at DESC, lr.id DESC LIMIT 1) AS id
        FROM unnest(candidate_ids) AS c(id)) l
  WHERE r.candidate_id = l.candidate_id AND r.is_latest IS DISTINCT FROM (r.id IS NOT DISTINCT FROM l.id);
END $$;
