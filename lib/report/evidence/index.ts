export { buildEvidence, excerptOf, cropRegions, type EvidenceInput } from './build';
export { renderEvidenceHtml } from './html';
export { renderFindingsCsv, parseFindingsCsv, csvRecord } from './csv';
export { sha256Hex, snapshotDigest, snapshotDigestText, fileDigest } from './digest';
export { EvidenceReport, type Crop, type Digest } from './schema';
export { BatchRow, BatchSummary, renderBatchSummaryHtml } from './summary';
export { CROP_SCALE, cropPixels, paintCrop, type CropContext } from './paint';
