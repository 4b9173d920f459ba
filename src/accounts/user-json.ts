// The user object as the spec's `owner` shows it, built in SQL. Needs `users u` joined with `roles r`.
export const USER_JSON = `json_build_object(
  'id', u.id, 'name', u.name, 'org', u.org_id, 'username', u.username, 'email', u.email,
  'role', json_build_object('id', r.id, 'name', r.name),
  'profile_pic', u.profile_pic, 'is_active', u.is_active, 'is_staff', u.is_staff,
  'is_superuser', u.is_superuser, 'last_login', api_ts(u.last_login),
  'last_seen', humanize_since(u.last_seen), 'contact', u.contact, 'country', u.country,
  'invited_by', u.invited_by, 'created_at', api_ts(u.created_at))`;

/** A user by id with the role joined, as USER_JSON. */
export const USER_BY_ID = `SELECT ${USER_JSON} AS user FROM users u JOIN roles r ON r.id = u.role_id WHERE u.id = $1`;
