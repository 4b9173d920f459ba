export type { UploadKind } from './kinds.ts';
export { discardBlobs, type StoredUpload, storeUpload } from './store-upload.ts';
