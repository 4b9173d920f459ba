import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { RouteDeps } from '../deps.ts';
import { currentUser } from '../http/auth.ts';
import { type AjvIssue, HttpError, invalid, validationBody } from '../http/errors.ts';
import { listPage } from '../http/pagination.ts';
import { perClientLimit } from '../http/rate-limit.ts';
import { FieldErrors, IdParams, PageOf, PageQuery } from '../http/schemas.ts';
import { sendBlob } from '../http/send-blob.ts';
import { discardBlobs } from '../uploads/index.ts';
import { addMember } from './add-member.ts';
import { currentUserProfile } from './current-user.ts';
import { listOrgUsers } from './list-org-users.ts';
import { login } from './login.ts';
import { organizationLogoKey } from './organization-logo.ts';
import { profileKpi } from './profile-kpi.ts';
import { refreshToken } from './refresh-token.ts';
import { register } from './register.ts';
import { resetPassword } from './reset-password.ts';
import { listRoles } from './roles.ts';
import * as S from './schemas.ts';
import { sendPasswordReset } from './send-password-reset.ts';
import { assertLogoAdmin, readLogoForm, setOrganizationLogo } from './set-organization-logo.ts';
import { updateUser } from './update-user.ts';
import { readUserChanges } from './user-changes-form.ts';
import { USER_BY_ID } from './user-json.ts';
import { userPhotoKey } from './user-photo.ts';

/** An answer in words: the web client's password pages show `message`, DRF's clients read `detail`. */
const said = (text: string) => ({ detail: text, message: text });

export function accountsRoutes({ pool, keys, config, blobs, queue }: RouteDeps): FastifyPluginAsyncTypebox {
  const userById = async (id: number) => (await pool.query(USER_BY_ID, [id])).rows[0].user;
  const tags = ['accounts'];

  return async (app) => {
    app.post('/accounts/token/', {
      config: { public: true, rateLimit: perClientLimit(config) },
      schema: { tags, body: S.Credentials, response: { 200: S.Tokens } },
    }, async (request) => login(pool, keys, request.body.email, request.body.password));

    app.post('/accounts/token/refresh/', {
      config: { public: true },
      schema: { tags, body: S.RefreshBody, response: { 200: S.Tokens } },
    }, async (request) => refreshToken(pool, keys, request.body.refresh));

    // Rate-limited like sign-in: each call may send an e-mail, and each reset hashes a password.
    app.post('/accounts/send-reset-password-email/', {
      config: { public: true, rateLimit: perClientLimit(config) },
      schema: { tags, body: S.ResetRequestBody, response: { 400: FieldErrors } },
    }, async (request) => {
      await sendPasswordReset(pool, queue, request.body.email);
      return said('If an account uses this address, a link to reset its password is on its way.');
    });
    app.post('/accounts/user/reset-password/:uid/:token/', {
      config: { public: true, rateLimit: perClientLimit(config) },
      schema: { tags, params: S.ResetPasswordParams, body: S.ResetPasswordBody, response: { 400: FieldErrors } },
    }, async (request) => {
      const { uid, token } = request.params;
      await resetPassword(pool, keys.secret, uid, token, request.body.password, request.body.password2);
      return said('Your password has been reset. Sign in with the new one.');
    });

    app.get('/accounts/user/', { schema: { tags, response: { 200: S.CurrentUser } } }, async (request) =>
      currentUserProfile(pool, currentUser(request).id));

    // Each registration opens an organisation, with its own e-mail allowance.
    // The web client's sign-up page shows what is wrong with the organisation's domain under `org_name`.
    app.post('/accounts/register/', {
      config: { public: true, rateLimit: perClientLimit(config) },
      schema: { tags, body: S.RegisterBody, response: { 201: S.User, 400: FieldErrors } },
      attachValidation: true,
    }, async (request, reply) => {
      try {
        if (request.validationError) throw invalid(validationBody(request.validationError.validation as AjvIssue[]));
        const id = await register(pool, request.body);
        return reply.status(201).send(await userById(id));
      } catch (error) {
        const fields = error instanceof HttpError && error.statusCode === 400 ? error.body : {};
        if (fields.org_domain && !fields.org_name) throw new HttpError(400, { ...fields, org_name: fields.org_domain });
        throw error;
      }
    });

    app.get('/accounts/profile-kpi/', { config: { cacheable: true }, schema: { tags, response: { 200: S.ProfileKpi } } }, async (request) =>
      profileKpi(pool, currentUser(request)));

    app.get('/accounts/roles/', { schema: { tags, response: { 200: S.RoleList } } }, async () => listRoles(pool));

    app.get('/accounts/organizations/:org_id/users/', {
      schema: { tags, params: S.OrgParams, querystring: Type.Object({ ...PageQuery, is_active: Type.Optional(Type.Boolean({ description: 'Unset or true: the team; false: the members removed from it.' })) }), response: { 200: PageOf(S.User) } },
    }, (request) =>
      listPage(request, config.maxPageSize, (at) => listOrgUsers(pool, currentUser(request), request.params.org_id, request.query.is_active ?? true, at)));

    // WEB-83c adds a team member at /accounts/user-add/, and reads the member back from `result`.
    const mail = { queue, dailyLimit: config.mailDailyLimit };
    for (const path of ['/accounts/users/', '/accounts/user-add/']) {
      app.post(path, {
        schema: { tags, body: S.CreateUserBody, response: { 201: S.User, 400: FieldErrors } },
      }, async (request, reply) => {
        const user = await userById(await addMember(pool, mail, currentUser(request), request.body));
        return reply.status(201).send({ ...user, result: user });
      });
    }

    // The team page's "Remove": the member is deactivated (their work keeps its author) and signed out.
    app.delete('/accounts/users/:id/', { schema: { tags, params: IdParams } }, async (request, reply) => {
      await updateUser(pool, queue, currentUser(request), request.params.id, { is_active: false });
      return reply.status(204).send();
    });

    app.patch('/accounts/users/:id/', {
      schema: {
        tags,
        description: 'JSON, or multipart with a `profile_pic` image file (client-compat: the profile page).',
        params: IdParams,
        body: { content: { 'application/json': { schema: S.UpdateUserBody } } },
        response: { 200: S.User, 400: FieldErrors },
      },
    }, async (request) => {
      const changes = await readUserChanges(request, blobs);
      try {
        await updateUser(pool, queue, currentUser(request), request.params.id, changes);
      } catch (error) {
        await discardBlobs(blobs, changes.profile_pic ? [changes.profile_pic] : []);
        throw error;
      }
      return userById(request.params.id);
    });

    const logo = '/accounts/organization-logo/:org_id/';
    app.get(logo, { config: { public: true }, schema: { tags, params: S.OrgParams, description: "The organisation's logo, as image bytes." } }, async (request, reply) =>
      sendBlob(reply, blobs, await organizationLogoKey(pool, request.params.org_id)));
    app.put(logo, { schema: { tags, params: S.OrgParams, description: 'A multipart form with a `logo` image (JPEG, PNG or WebP).' } }, async (request) => {
      const actor = currentUser(request);
      assertLogoAdmin(actor, request.params.org_id);
      const key = await readLogoForm(request, blobs);
      try {
        await setOrganizationLogo(pool, queue, actor, request.params.org_id, key);
      } catch (error) {
        await discardBlobs(blobs, [key]);
        throw error;
      }
      return { org_id: request.params.org_id, logo: `/accounts/organization-logo/${request.params.org_id}/` };
    });
    app.delete(logo, { schema: { tags, params: S.OrgParams } }, async (request, reply) => {
      await setOrganizationLogo(pool, queue, currentUser(request), request.params.org_id, null);
      return reply.status(204).send();
    });

    app.get('/accounts/avatar/:id/', { schema: { tags, params: IdParams, description: "A colleague's photo, as image bytes." } }, async (request, reply) =>
      sendBlob(reply, blobs, await userPhotoKey(pool, currentUser(request), request.params.id)));
  };
}
