import { Type } from '@sinclair/typebox';
import { DbId, Nullable, Open } from '../http/schemas.ts';

export const Credentials = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
});
export const Tokens = Type.Object({ access: Type.String(), refresh: Type.String() });
export const RefreshBody = Type.Object({ refresh: Type.String({ minLength: 1 }) });

const Role = Type.Object({ id: Type.Integer(), name: Type.String() });

export const User = Open({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  org: Type.Any(),
  role: Role,
  profile_pic: Nullable(Type.String()),
  is_active: Type.Boolean(),
  contact: Nullable(Type.String()),
  created_at: Type.String(),
});

export const Service = Type.Object({ id: Type.Integer(), name: Type.String(), key: Type.String() });
export const CurrentUser = Open({
  id: Type.Integer(),
  name: Type.String(),
  email: Type.String(),
  role: Role,
  org: Open({
    org_id: Type.Integer(),
    org_name: Type.String(),
    org_domain: Type.String(),
    org_location: Nullable(Type.String()),
    org_tier: Type.String(),
    services: Type.Array(Service),
  }),
});

const Email = Type.String({ format: 'email', maxLength: 254 });
const Password = Type.String({ minLength: 8, maxLength: 1024 });
const Name = Type.String({ minLength: 1, maxLength: 200 });
const OptionalText = Type.Optional(Nullable(Type.String({ maxLength: 200 })));

export const RegisterBody = Type.Object({
  email: Email,
  password: Password,
  name: Name,
  org_domain: Type.String({ minLength: 3, maxLength: 253, pattern: '^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$' }),
  org_name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  contact: OptionalText,
  profile_pic: Type.Optional(Type.Null()),
});

const RoleRef = Type.Union([Type.Literal('Admin'), Type.Literal('Editor'), Type.Literal('Participant'), Type.Integer({ minimum: 1, maximum: 3 })]);

export const CreateUserBody = Type.Object({
  name: Name,
  email: Email,
  // Without one, the member is e-mailed a link to choose it.
  password: Type.Optional(Password),
  role: RoleRef,
  contact: OptionalText,
  country: OptionalText,
});

export const UpdateUserBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    role: Type.Optional(RoleRef),
    is_active: Type.Optional(Type.Boolean()),
    contact: OptionalText,
    country: OptionalText,
  },
  { additionalProperties: false },
);

export const OrgParams = Type.Object({ org_id: DbId });
export const RoleList = Type.Array(Role);

export const ProfileKpi = Type.Object({
  total_jobs: Type.Integer(),
  jobs_open: Type.Integer(),
  total_applicants: Type.Integer(),
  team_members: Type.Integer(),
  cost: Type.String({ pattern: '^\\d+\\.\\d{4}$' }),
});

export const ResetRequestBody = Type.Object({ email: Email });
export const ResetPasswordParams = Type.Object({ uid: Type.String({ minLength: 1, maxLength: 64 }), token: Type.String({ minLength: 1, maxLength: 128 }) });
export const ResetPasswordBody = Type.Object({ password: Password, password2: Password });
