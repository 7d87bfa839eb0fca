/* QR codes through libqrencode, loaded at run time. Included by shim.h, after the curses part. */
#ifndef CHATCHECK_SHIM_QR_H
#define CHATCHECK_SHIM_QR_H

/* --- QR codes through libqrencode, loaded at run time -------------------- */
typedef struct { int version; int width; unsigned char *data; } shim_qrcode;
typedef shim_qrcode *(*shim_qr_encode_fn)(const char *, int, int, int, int);
typedef void (*shim_qr_free_fn)(shim_qrcode *);

/* Encodes `text` (8-bit mode, error correction M). Writes width*width
 * bytes (1 = dark) into `out` when it fits `capacity`; returns the width,
 * 0 when it does not fit, or -1 when libqrencode is not installed. */
static inline int shim_qr_encode(const char *text, unsigned char *out, int capacity) {
  static void *library = NULL;
  static int tried = 0;
  if (!tried) {
    tried = 1;
    /* Only from the system's library folders: never a copy beside the
     * binary or in a folder named by the environment. */
    static const char *const paths[] = {
      "/usr/lib/x86_64-linux-gnu/libqrencode.so.4", "/usr/lib/aarch64-linux-gnu/libqrencode.so.4",
      "/lib/x86_64-linux-gnu/libqrencode.so.4", "/lib/aarch64-linux-gnu/libqrencode.so.4",
      "/usr/lib64/libqrencode.so.4", "/usr/lib/libqrencode.so.4", NULL,
    };
    for (int i = 0; paths[i] != NULL && library == NULL; i++) library = dlopen(paths[i], RTLD_NOW | RTLD_LOCAL);
  }
  if (library == NULL) return -1;
  shim_qr_encode_fn encode = (shim_qr_encode_fn)dlsym(library, "QRcode_encodeString");
  shim_qr_free_fn release = (shim_qr_free_fn)dlsym(library, "QRcode_free");
  if (encode == NULL || release == NULL) return -1;
  /* QR_ECLEVEL_M = 1, QR_MODE_8 = 2, case sensitive. */
  shim_qrcode *code = encode(text, 0, 1, 2, 1);
  if (code == NULL) return 0;
  int width = code->width;
  if (width * width > capacity) {
    release(code);
    return 0;
  }
  for (int i = 0; i < width * width; i++) out[i] = code->data[i] & 1;
  release(code);
  return width;
}


#endif
