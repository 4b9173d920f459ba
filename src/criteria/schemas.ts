import { Type } from '@sinclair/typebox';
import { DbId, Nullable, Open, PageQuery } from '../http/schemas.ts';

const Question = Type.String({ minLength: 1, maxLength: 2000 });
const ResponseType = Type.String({ minLength: 1, maxLength: 50 });
const Options = Nullable(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 50 }));

// Clients send back what they read (id, created_at, …): fields the API does not take are ignored
// (these objects do not set additionalProperties). The web client names the criterion an item
// changes `criteria_id`, null for a new one.
export const CriterionItem = Type.Object({
  id: Type.Optional(Nullable(DbId)),
  criteria_id: Type.Optional(Nullable(DbId)),
  job_id: Type.Optional(DbId),
  job: Type.Optional(DbId),
  question: Question,
  response_type: ResponseType,
  options: Type.Optional(Options),
  expected_response: Type.Optional(Type.Unknown()),
});

export const CriteriaBody = Type.Array(CriterionItem, { maxItems: 100 });

export const CriterionChanges = Type.Object({
  question: Type.Optional(Question),
  response_type: Type.Optional(ResponseType),
  options: Type.Optional(Options),
  expected_response: Type.Optional(Type.Unknown()),
  is_deleted: Type.Optional(Type.Boolean()),
});

export const Criterion = Open({
  id: Type.Integer(),
  job: Type.Integer(),
  job_id: Type.Integer(),
  question: Type.String(),
  response_type: Type.String(),
  options: Type.Array(Type.String()),
});

export const JobParams = Type.Object({ job_id: DbId });

const Given = Type.Object({ criteria: Type.Optional(DbId), criteria_id: Type.Optional(DbId), response: Type.Optional(Type.Unknown()), answer: Type.Optional(Type.Unknown()) });

// Answers come as a `responses` list or each under its criterion's id ({"12": "Yes"}).
export const ResponsesBody = Type.Object(
  { candidate_id: DbId, responses: Type.Optional(Type.Array(Given, { maxItems: 200 })) },
  { maxProperties: 200 },
);

export const CriterionResponse = Open({
  id: Type.Integer(),
  candidate_id: Type.Integer(),
  criteria_id: Type.Integer(),
  criteria: Open({ id: Type.Integer(), question: Type.String(), response_type: Type.String() }),
  question: Type.String(),
  response: Type.Unknown(),
});

export const ResponsesQuery = Type.Object({ ...PageQuery, candidate_id: Type.Optional(DbId), job_id: Type.Optional(DbId) });
