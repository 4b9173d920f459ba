export const MODULE_JSON = `json_build_object('id', m.id, 'name', m.name, 'description', m.description,
  'created_by', m.created_by, 'rounds', m.rounds, 'steps_json', m.steps_json,
  'created_at', api_ts(m.created_at), 'updated_at', api_ts(m.updated_at))`;
