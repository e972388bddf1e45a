package org.dossier.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Parquet page compression with snappy-java alone. Parquet's own codec factory goes through Hadoop's codec
 * classes; this one keeps Hadoop off the class path. SNAPPY pages are raw Snappy blocks, as every Parquet
 * reader (pyarrow, R arrow, Spark) expects. Only {@link CompressionCodecName#SNAPPY} and
 * {@link CompressionCodecName#UNCOMPRESSED} are supported. Thread-safe: the codecs hold no state.
 */
public final class SnappyCodecFactory implements CompressionCodecFactory {

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
    boolean snappy = supported(codecName);
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return snappy ? BytesInput.from(Snappy.compress(bytes.toByteArray())) : bytes;
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codecName;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
    boolean snappy = supported(codecName);
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int decompressedSize) throws IOException {
        if (!snappy) {
          return bytes;
        }
        byte[] out = Snappy.uncompress(bytes.toByteArray());
        checkSize(out.length, decompressedSize);
        return BytesInput.from(out);
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int decompressedSize)
          throws IOException {
        byte[] in = new byte[compressedSize];
        input.get(in);
        byte[] out = snappy ? Snappy.uncompress(in) : in;
        checkSize(out.length, decompressedSize);
        output.put(out);
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}

  private static boolean supported(CompressionCodecName codecName) {
    return switch (codecName) {
      case SNAPPY -> true;
      case UNCOMPRESSED -> false;
      default -> throw new IllegalArgumentException(
          "Parquet codec " + codecName + " is not available without Hadoop; use SNAPPY or UNCOMPRESSED");
    };
  }

  private static void checkSize(int actual, int expected) throws IOException {
    if (actual != expected) {
      throw new IOException("Parquet page decompressed to " + actual + " bytes, expected " + expected);
    }
  }
}
