export type { StoredType, UploadKind } from './kinds.ts';
export { KINDS } from './kinds.ts';
export { discardBlobs, type StoredUpload, type StoreUploadOptions, storeUpload, type UploadPart } from './store-upload.ts';
