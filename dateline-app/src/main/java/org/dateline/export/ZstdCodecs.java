package org.dateline.export;

import com.github.luben.zstd.Zstd;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.IOException;

/**
 * ZSTD page compression through zstd-jni directly. parquet-java's default codec factory builds a
 * Hadoop {@code Configuration} to look codecs up, which needs the 30 MB hadoop-client-runtime jar;
 * compressing pages ourselves keeps the writer to hadoop-client-api's classes (see
 * docs/decisions.md, "Parquet export"). Write-only: export never reads Parquet.
 */
final class ZstdCodecs implements CompressionCodecFactory {

    /** Level 3 is zstd's default: near its best ratio on text at a fraction of the time of higher levels. */
    private static final int LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.ZSTD) {
            throw new IllegalArgumentException("only ZSTD is configured, not " + codec);
        }
        return new BytesInputCompressor() {
            @Override
            @SuppressWarnings("deprecation") // toByteArray: a page is compressed whole anyway
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {
                // nothing pooled
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        throw new UnsupportedOperationException("export writes Parquet, it never reads it");
    }

    @Override
    public void release() {
        // nothing pooled
    }
}
