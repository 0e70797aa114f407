#!/bin/sh
# The sensor reader only needs the USB serial adapter at /dev/ttyUSB0.
docker run -d --name sensor-reader \
  --privileged \
  sensor-reader:1.4
