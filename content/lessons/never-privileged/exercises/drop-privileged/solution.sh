#!/bin/sh
# The sensor reader only needs the USB serial adapter at /dev/ttyUSB0.
docker run -d --name sensor-reader \
  --cap-drop ALL \
  --device /dev/ttyUSB0 \
  --security-opt no-new-privileges \
  sensor-reader:1.4
