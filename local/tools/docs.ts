// npm run docs: regenerates the guides' pictures in docs/img from the sample commune.
import { join } from 'node:path';
import { renderDocPictures } from './doc-pictures';

const outDir = join(__dirname, '..', '..', 'docs', 'img');

renderDocPictures(outDir).then(
  (written) => {
    console.log(`Đã ghi ${written.length} ảnh vào ${outDir}:`);
    for (const f of written) console.log(`  ${f}`);
  },
  (error) => {
    console.error(`Chưa tạo được ảnh cho hướng dẫn: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
