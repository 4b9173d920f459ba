// What each kind of upload may be: its size limit, blob key prefix and the types it accepts,
// keyed by the extension file-type (or our text check) reports for the bytes.
export type UploadKind = 'resume' | 'profile_pic' | 'logo' | 'intro_video' | 'audio';

export interface StoredType {
  extension: string;
  contentType: string;
}

interface KindRule {
  maxBytes: number;
  keyPrefix: string;
  label: string;
  types: Record<string, StoredType>;
}

const MB = 1024 * 1024;
const t = (extension: string, contentType: string): StoredType => ({ extension, contentType });

export const DOCX = t('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
export const TEXT = t('txt', 'text/plain; charset=utf-8');

const PICTURES = {
  label: 'JPEG, PNG or WebP',
  types: { jpg: t('jpg', 'image/jpeg'), png: t('png', 'image/png'), webp: t('webp', 'image/webp') },
};

export const KINDS: Record<UploadKind, KindRule> = {
  resume: {
    maxBytes: 10 * MB,
    keyPrefix: 'resumes',
    label: 'PDF, DOCX or plain text',
    // A DOCX may sniff as a plain zip when its word/ entries come late; it is checked either way.
    types: { pdf: t('pdf', 'application/pdf'), docx: DOCX, zip: DOCX, txt: TEXT },
  },
  profile_pic: { maxBytes: 5 * MB, keyPrefix: 'profile-pics', ...PICTURES },
  // No SVG: served from the API's own origin, its scripts would run there.
  logo: { maxBytes: 2 * MB, keyPrefix: 'logos', ...PICTURES },
  intro_video: {
    maxBytes: 200 * MB,
    keyPrefix: 'intro-videos',
    label: 'MP4, MOV or WebM',
    types: { mp4: t('mp4', 'video/mp4'), mov: t('mov', 'video/quicktime'), webm: t('webm', 'video/webm') },
  },
  audio: {
    maxBytes: 25 * MB,
    keyPrefix: 'audio-answers',
    label: 'MP3, WAV, WebM, OGG or M4A',
    types: {
      mp3: t('mp3', 'audio/mpeg'),
      wav: t('wav', 'audio/wav'),
      webm: t('webm', 'audio/webm'),
      ogg: t('ogg', 'audio/ogg'),
      oga: t('ogg', 'audio/ogg'),
      opus: t('ogg', 'audio/ogg'),
      m4a: t('m4a', 'audio/mp4'),
      mp4: t('m4a', 'audio/mp4'),
    },
  },
};
